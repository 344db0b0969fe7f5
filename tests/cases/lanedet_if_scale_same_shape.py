# case: if no lane is confident, rescale the existence logits by a temperature; both branches keep the same shape -> static (tensor-valued if with matching shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExistenceCalibrator(nn.Cell):
    def __init__(self, temperature=0.5, thresh=0.5):
        super().__init__()
        self.temperature = temperature
        self.thresh = thresh

    def construct(self, exist_logits):
        prob = ops.sigmoid(exist_logits)
        if prob.max() < self.thresh:
            prob = ops.sigmoid(exist_logits / self.temperature)
        else:
            prob = prob * 1.0
        return prob


def make():
    np.random.seed(36)
    logits = Tensor(np.random.randn(4).astype(np.float32) - 1.0)
    return ExistenceCalibrator(), (logits,)
