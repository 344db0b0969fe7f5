# case: print an f-string warning with the computed daily dose value when it exceeds the limit during dose checking -> graph mode may reject f-string formatting of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyDoseCheck(nn.Cell):
    def __init__(self, drug_name="paracetamol", limit_mg=4000.0):
        super().__init__()
        self.drug_name = drug_name
        self.limit_mg = limit_mg

    def construct(self, single_dose, doses_per_day):
        daily = (single_dose * doses_per_day).sum()
        if daily > self.limit_mg:
            print(f"WARNING {self.drug_name}: daily dose {daily} mg exceeds {self.limit_mg}")
        return daily


def make():
    np.random.seed(141)
    single = Tensor(np.array([1000.0, 500.0], np.float32))
    dpd = Tensor(np.array([4.0, 2.0], np.float32))
    return DailyDoseCheck(), (single, dpd)
