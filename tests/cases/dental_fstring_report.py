# case: build an f-string summary with tensor values of the worst tooth inside construct and return it -> string formatting of tensors, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CariesReportCell(nn.Cell):
    def __init__(self, feat_dim=10):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)

    def construct(self, feats, fdi_numbers):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        worst = ops.argmax(scores)
        tooth = fdi_numbers[worst]
        report = f"tooth {tooth} has caries probability {scores[worst]}"
        return scores, report


def make():
    np.random.seed(23)
    feats = np.random.randn(8, 10).astype(np.float32)
    fdi = np.array([11, 12, 13, 14, 21, 22, 23, 24], np.int32)
    return CariesReportCell(), (Tensor(feats), Tensor(fdi))
