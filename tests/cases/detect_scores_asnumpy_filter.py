# case: post-processing converts scores to numpy with .asnumpy() inside construct and filters with np.where before re-wrapping as Tensor -> error at STRICT, error or fallback at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumpyPostProcess(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, boxes, scores):
        probs = ops.sigmoid(scores)
        s = probs.asnumpy()
        keep = np.where(s > self.thresh)[0]
        keep_t = Tensor(keep, ms.int32)
        return ops.gather(boxes, keep_t, 0)


def make():
    boxes = Tensor(np.random.rand(10, 4).astype(np.float32))
    return NumpyPostProcess(), (boxes, Tensor(np.random.randn(10).astype(np.float32)))
