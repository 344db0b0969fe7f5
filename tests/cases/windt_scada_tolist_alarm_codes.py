# case: SCADA availability scorer converts the alarm-code tensor to a Python list with .tolist() and checks membership of a "yaw fault" code in construct -> host round trip on tensor data, expect error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

YAW_FAULT_CODE = 310


class AvailabilityScore(nn.Cell):
    def __init__(self, n_feats=4, fault_penalty=0.5):
        super().__init__()
        self.head = nn.Dense(n_feats, 1)
        self.fault_penalty = fault_penalty

    def construct(self, feats, alarm_codes):
        score = ops.sigmoid(self.head(feats)).squeeze(-1)
        codes = alarm_codes.tolist()
        if YAW_FAULT_CODE in codes:
            score = score * self.fault_penalty
        return score


def make():
    np.random.seed(40)
    feats = Tensor(np.random.randn(12, 4).astype(np.float32))
    codes = Tensor(np.array([0, 0, 120, 310, 0, 45], dtype=np.int32))
    return AvailabilityScore(), (feats, codes)
