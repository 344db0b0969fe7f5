# case: removes small lesions by pulling the mask to the host with asnumpy and filtering in NumPy -> graph mode error on asnumpy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmallLesionFilter(nn.Cell):
    def __init__(self, min_area=6):
        super().__init__()
        self.min_area = min_area

    def _filter(self, mask):
        m = mask.asnumpy()
        rows = m.sum(axis=1)
        keep = (rows >= self.min_area).astype(np.float32)
        return Tensor(m * keep[:, None])

    def construct(self, probs):
        mask = (probs > 0.5).astype(ms.float32)
        cleaned = self._filter(mask)
        return cleaned * probs


def make():
    np.random.seed(3)
    p = np.random.rand(16, 16).astype(np.float32)
    return SmallLesionFilter(min_area=8), (Tensor(p),)
