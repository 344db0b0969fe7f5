# case: treatment-plan summary dict built in construct, with a referral key added only when a tensor count is positive -> dict structure depends on data, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TreatmentPlanSummary(nn.Cell):
    """Counts fillings / root canals / extractions and flags an oral-surgery referral."""

    def __init__(self, deep=0.8, moderate=0.4, mobility_limit=2.0):
        super().__init__()
        self.deep = deep
        self.moderate = moderate
        self.mobility_limit = mobility_limit

    def count(self, cond):
        return cond.astype(ms.int32).sum()

    def construct(self, caries_score, mobility):
        plan = {}
        plan["fillings"] = self.count((caries_score > self.moderate) & (caries_score <= self.deep))
        plan["root_canals"] = self.count(caries_score > self.deep)
        n_extract = self.count(mobility > self.mobility_limit)
        plan["extractions"] = n_extract
        if n_extract > 0:
            plan["surgery_referral"] = n_extract * 2
        return plan


def make():
    np.random.seed(40)
    caries = np.random.rand(32).astype(np.float32)
    mobility = np.random.rand(32).astype(np.float32) * 2.5
    return TreatmentPlanSummary(), (Tensor(caries), Tensor(mobility))
