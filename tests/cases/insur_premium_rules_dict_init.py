# case: premium rating rules given as a Python config dict are unpacked into float attributes in __init__ and applied with tensor arithmetic -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RATING_RULES = {
    "base_rate": 420.0,
    "young_driver_load": 0.35,
    "no_claims_discount": [0.0, 0.1, 0.2, 0.3, 0.4],
    "min_premium": 180.0,
}


class MotorPremium(nn.Cell):
    def __init__(self, rules=RATING_RULES):
        super().__init__()
        self.base = rules["base_rate"]
        self.young_load = rules["young_driver_load"]
        self.ncd_table = Tensor(np.array(rules["no_claims_discount"], np.float32))
        self.min_premium = rules["min_premium"]

    def construct(self, is_young, ncd_years, vehicle_rel):
        ncd = ops.gather(self.ncd_table, ops.clamp(ncd_years, 0, 4), 0)
        load = 1.0 + self.young_load * is_young.astype(ms.float32)
        prem = self.base * load * (1.0 - ncd) * vehicle_rel
        return ops.maximum(prem, ops.full_like(prem, self.min_premium))


def make():
    np.random.seed(21)
    young = Tensor(np.random.rand(12) > 0.7)
    ncd = Tensor(np.random.randint(0, 7, size=(12,)).astype(np.int32))
    rel = Tensor(np.random.uniform(0.7, 1.6, size=(12,)).astype(np.float32))
    return MotorPremium(), (young, ncd, rel)
