# case: maps merchant category codes to risk weights by calling .tolist() on the tensor and looking each code up in a Python dict -> host conversion of tensor data in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MCC_RISK = {5411: 0.1, 5999: 0.4, 6011: 0.7, 7995: 0.9, 4829: 0.8}


class MccRiskFeature(nn.Cell):
    def __init__(self, default=0.3):
        super().__init__()
        self.default = default
        self.mix = nn.Dense(2, 1)

    def construct(self, mcc_codes, model_score):
        weights = [MCC_RISK.get(c, self.default) for c in mcc_codes.tolist()]
        w = Tensor(weights, ms.float32)
        feat = ops.stack((w, model_score), axis=-1)
        return ops.sigmoid(self.mix(feat)).squeeze(-1)


def make():
    np.random.seed(30)
    mcc_codes = Tensor(np.random.choice([5411, 5999, 6011, 7995, 4829, 5812], size=8).astype(np.int32))
    model_score = Tensor(np.random.rand(8).astype(np.float32))
    return MccRiskFeature(), (mcc_codes, model_score)
