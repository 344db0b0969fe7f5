# case: flow estimator accepting optional flow_init (None guard) and features given as a tuple or a tensor (isinstance) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowEstimator(nn.Cell):
    def __init__(self, channels=4, iters=2):
        super().__init__()
        self.iters = iters
        self.head = nn.Conv2d(2 * channels + 2, 2, 3, pad_mode='same')

    def split_features(self, feats):
        if isinstance(feats, (tuple, list)):
            return feats[0], feats[1]
        c = feats.shape[1] // 2
        return feats[:, :c], feats[:, c:]

    def construct(self, feats, flow_init=None):
        f1, f2 = self.split_features(feats)
        b, _, h, w = f1.shape
        if flow_init is None:
            flow = ops.zeros((b, 2, h, w), ms.float32)
        else:
            flow = flow_init
        for _ in range(self.iters):
            flow = flow + self.head(ops.cat([f1, f2, flow], axis=1))
        return flow


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(1, 8, 5, 7).astype(np.float32))
    return FlowEstimator(), (feats,)
