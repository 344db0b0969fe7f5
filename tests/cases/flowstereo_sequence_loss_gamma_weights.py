# case: RAFT sequence loss, exponentially weighted L1 over the iteration predictions, invalid / huge-flow pixels masked arithmetically -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequenceLoss(nn.Cell):
    def __init__(self, gamma=0.8, max_flow=400.0):
        super().__init__()
        self.gamma = gamma
        self.max_flow = max_flow

    def valid_mask(self, flow_gt, valid):
        mag = ops.sqrt((flow_gt ** 2).sum(axis=1))
        return ((valid >= 0.5) & (mag < self.max_flow)).astype(ms.float32)

    def construct(self, predictions, flow_gt, valid):
        n = predictions.shape[0]
        mask = self.valid_mask(flow_gt, valid).expand_dims(1)
        denom = ops.maximum(mask.sum() * 2, 1.0)
        total = ops.zeros((), ms.float32)
        for i in range(n):
            w = self.gamma ** (n - i - 1)
            err = ops.abs(predictions[i] - flow_gt) * mask
            total = total + w * err.sum() / denom
        return total


def make():
    np.random.seed(35)
    preds = Tensor(np.random.randn(4, 2, 2, 6, 8).astype(np.float32))
    gt = Tensor(np.random.randn(2, 2, 6, 8).astype(np.float32))
    valid = Tensor((np.random.rand(2, 6, 8) > 0.1).astype(np.float32))
    return SequenceLoss(), (preds, gt, valid)
