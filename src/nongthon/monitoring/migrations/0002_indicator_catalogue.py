from django.db import migrations

# The closed list of spec/facts.md, poverty, and programme figures: (key, name, measure, direction,
# description). Frozen here; a key added later comes with its own data migration.
CATALOGUE = [
    ("income_per_capita", "Thu nhập bình quân đầu người", "million_vnd_per_year", "higher",
     "Thu nhập bình quân đầu người một năm, triệu đồng."),
    ("health_insurance_coverage", "Tỷ lệ bao phủ bảo hiểm y tế", "percent", "higher",
     "Tỷ lệ người dân tham gia bảo hiểm y tế."),
    ("electricity_households", "Tỷ lệ hộ sử dụng điện", "percent", "higher",
     "Tỷ lệ hộ dân được sử dụng điện."),
    ("clean_water_rural", "Tỷ lệ dân cư nông thôn dùng nước hợp vệ sinh", "percent", "higher",
     "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh."),
    ("paved_road_to_commune", "Tỷ lệ xã có đường ô tô đến trung tâm được cứng hóa", "percent", "higher",
     "Tỷ lệ xã có đường ô tô từ huyện đến trung tâm xã được cứng hóa."),
    ("national_standard_schools", "Trường học đạt chuẩn quốc gia", "count", "higher",
     "Số trường học đạt chuẩn quốc gia, trên tổng số trường."),
    ("ocop_products", "Sản phẩm OCOP được xếp hạng", "count", "higher",
     "Số sản phẩm OCOP được xếp hạng; số sao ghi ở phần ghi chú."),
    ("cooperatives", "Hợp tác xã", "count", "higher", "Số hợp tác xã."),
    ("budget_revenue", "Thu ngân sách nhà nước", "vnd", "higher", "Tổng thu ngân sách nhà nước trên địa bàn."),
    ("budget_expenditure", "Chi ngân sách nhà nước", "vnd", "higher", "Tổng chi ngân sách nhà nước."),
    ("sown_area", "Tổng diện tích gieo trồng", "ha", "higher", "Tổng diện tích gieo trồng."),
    ("new_forest_area", "Diện tích trồng rừng mới", "ha", "higher", "Diện tích rừng trồng mới."),
    ("support_funds", "Kinh phí giúp đỡ xã xây dựng nông thôn mới", "vnd", "higher",
     "Kinh phí các cơ quan, đơn vị dùng để giúp đỡ xã xây dựng nông thôn mới."),
    ("poverty_rate", "Tỷ lệ hộ nghèo (đa chiều)", "percent", "lower",
     "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều; chuẩn áp dụng ghi ở từng số liệu (ví dụ 07/2021/NĐ-CP)."),
    ("near_poverty_rate", "Tỷ lệ hộ cận nghèo", "percent", "lower",
     "Tỷ lệ hộ cận nghèo theo chuẩn áp dụng."),
    ("land_donated", "Đất nhân dân hiến", "m2", "higher",
     "Diện tích đất nhân dân hiến để làm đường và công trình công cộng."),
    ("people_contribution", "Nhân dân đóng góp bằng tiền", "vnd", "higher",
     "Số tiền nhân dân đóng góp xây dựng nông thôn mới (quy đổi cả hiện vật khi văn bản nêu)."),
    ("contribution_workdays", "Ngày công lao động nhân dân đóng góp", "workday", "higher",
     "Số ngày công lao động nhân dân đóng góp."),
    ("policy_credit_disbursed", "Vốn tín dụng chính sách đã giải ngân", "vnd", "higher",
     "Doanh số cho vay của chương trình tín dụng chính sách (ví dụ theo Nghị định 28/2022/NĐ-CP)."),
    ("policy_credit_borrowers", "Lượt hộ vay vốn tín dụng chính sách", "count", "higher",
     "Số lượt hộ được vay vốn của chương trình tín dụng chính sách."),
]


def add_catalogue(apps, schema_editor):
    Indicator = apps.get_model("monitoring", "Indicator")
    for key, name, measure, direction, description in CATALOGUE:
        Indicator.objects.update_or_create(
            key=key, defaults={"name": name, "measure": measure, "direction": direction, "description": description},
        )


def remove_catalogue(apps, schema_editor):
    Indicator = apps.get_model("monitoring", "Indicator")
    Indicator.objects.filter(key__in=[row[0] for row in CATALOGUE], observations__isnull=True,
                             targets__isnull=True).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("monitoring", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(add_catalogue, remove_catalogue),
    ]
