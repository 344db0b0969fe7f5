# case: soiling inspection ranks panels and keeps the top-k dirtiest where k = int(number of panels over the loss threshold) -> topk with data-dependent k from int(tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilingRanker(nn.Cell):
    def __init__(self, loss_threshold=0.05):
        super().__init__()
        self.loss_threshold = loss_threshold

    def soiling_loss(self, measured, clean_ref):
        return 1.0 - measured / clean_ref

    def construct(self, measured, clean_ref):
        loss = self.soiling_loss(measured, clean_ref)
        n_dirty = int((loss > self.loss_threshold).sum())
        values, idx = ops.topk(loss, n_dirty)
        return values, idx


def make():
    np.random.seed(20)
    clean = np.random.uniform(5.0, 5.5, size=(20,)).astype(np.float32)
    measured = clean * np.random.uniform(0.85, 1.0, size=(20,)).astype(np.float32)
    return SoilingRanker(), (Tensor(measured), Tensor(clean))
