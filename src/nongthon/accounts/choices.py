from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What an account may do; where it may do it is the unit of its membership."""

    COMMUNE_OFFICER = "commune_officer", _("Cán bộ xã")
    DISTRICT_OFFICER = "district_officer", _("Cán bộ huyện")
    PROVINCE_OFFICER = "province_officer", _("Cán bộ tỉnh")
    REVIEWER = "reviewer", _("Người duyệt dữ kiện")
    ADMINISTRATOR = "administrator", _("Quản trị hệ thống")


class Action(models.TextChoices):
    """Every write the system knows. Adding one without a rule in `authz.RULES` fails the matrix test."""

    EDIT_MONITORING = "monitoring.edit", _("Nhập, sửa số liệu giám sát")
    IMPORT_DATA = "monitoring.import", _("Nhập dữ liệu từ tệp")
    REVIEW_FACT = "fact.review", _("Chấp nhận, bác bỏ dữ kiện")
    EDIT_UNIT_ATTRIBUTE = "unit.attribute", _("Sửa thuộc tính đơn vị (ĐBKK, ATK, nhóm xã)")
    MANAGE_CRITERIA = "criteria.manage", _("Quản lý bộ tiêu chí")
    MANAGE_USERS = "users.manage", _("Quản lý người dùng")
    DOSSIER_CREATE = "dossier.create", _("Lập hồ sơ công nhận")
    DOSSIER_SURVEY = "dossier.survey", _("Ghi kết quả lấy ý kiến sự hài lòng")
    DOSSIER_SUBMIT = "dossier.submit", _("Trình hồ sơ")
    DOSSIER_VERIFY = "dossier.verify", _("Thẩm tra hồ sơ")
    DOSSIER_APPRAISE = "dossier.appraise", _("Thẩm định hồ sơ")
    DOSSIER_RECOGNISE = "dossier.recognise", _("Ghi quyết định công nhận")
    DOSSIER_RETURN = "dossier.return", _("Trả lại hồ sơ")
    DOSSIER_REVOKE = "dossier.revoke", _("Ghi quyết định thu hồi công nhận")
    CHANGE_RECOGNISED = "recognised.change", _("Sửa dữ liệu đã được công nhận")
    MANAGE_UNITS = "units.manage", _("Sửa danh mục đơn vị hành chính và sáp nhập")
    MANAGE_DOCUMENTS = "documents.manage", _("Sửa tài liệu nguồn")
    MANAGE_SYSTEM = "system.manage", _("Quản trị dữ liệu hệ thống")


class Origin(models.TextChoices):
    """Where a change came from, stored with each audit entry."""

    PAGE = "page", _("Trang web")
    API = "api", _("API")
    IMPORT = "import", _("Nhập tệp")
    FACT = "fact", _("Chấp nhận dữ kiện")
    COMMAND = "command", _("Lệnh quản trị")
