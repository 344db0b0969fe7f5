# case: encode treatment decisions as integer codes per tooth with ops.where, no Python branching -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NO_TREATMENT, FILLING, ROOT_CANAL, EXTRACTION = 0, 1, 2, 3


class TreatmentCodeRules(nn.Cell):
    def __init__(self, deep=0.8, moderate=0.4, mobility_limit=2.0):
        super().__init__()
        self.deep = deep
        self.moderate = moderate
        self.mobility_limit = mobility_limit

    def construct(self, caries_score, mobility):
        zeros = ops.zeros_like(caries_score).astype(ms.int32)
        code = ops.where(caries_score > self.moderate, zeros + FILLING, zeros + NO_TREATMENT)
        code = ops.where(caries_score > self.deep, zeros + ROOT_CANAL, code)
        code = ops.where(mobility > self.mobility_limit, zeros + EXTRACTION, code)
        n_extract = (code == EXTRACTION).astype(ms.int32).sum()
        return code, n_extract


def make():
    np.random.seed(12)
    caries = np.random.rand(32).astype(np.float32)
    mobility = np.random.rand(32).astype(np.float32) * 3.0
    return TreatmentCodeRules(), (Tensor(caries), Tensor(mobility))
