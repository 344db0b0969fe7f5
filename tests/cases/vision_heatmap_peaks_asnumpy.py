# case: CenterNet decoder finds heatmap peaks with NumPy after calling .asnumpy() on the pooled heatmap -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterPeakDecoder(nn.Cell):
    def __init__(self, kernel=3, max_objects=10):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.max_objects = max_objects

    def _nms(self, heat):
        hmax = self.pool(heat)
        keep = (hmax == heat).astype(heat.dtype)
        return heat * keep

    def construct(self, heat):
        heat = self._nms(ops.sigmoid(heat))
        flat = heat.reshape(-1).asnumpy()
        order = np.argsort(-flat)[: self.max_objects]
        scores = Tensor(flat[order])
        return scores, Tensor(order.astype(np.int32))


def make():
    np.random.seed(11)
    heat = Tensor(np.random.randn(1, 2, 10, 10).astype(np.float32))
    return CenterPeakDecoder(), (heat,)
