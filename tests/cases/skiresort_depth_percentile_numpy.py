# case: normalise snow depth by the 90th percentile computed with NumPy on .asnumpy() inside construct -> host NumPy call on a tensor in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthNormaliser(nn.Cell):
    def __init__(self, q=90.0):
        super().__init__()
        self.q = q

    def construct(self, depth_cm):
        p90 = np.percentile(depth_cm.asnumpy(), self.q)
        scale = Tensor(p90, ms.float32)
        return ops.clip_by_value(depth_cm / scale, 0.0, 1.5)


def make():
    np.random.seed(121)
    depth = Tensor(np.random.gamma(4.0, 30.0, (20, 24)).astype(np.float32))
    return DepthNormaliser(), (depth,)
