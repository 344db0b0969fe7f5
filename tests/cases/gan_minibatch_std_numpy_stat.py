# case: minibatch-stddev feature computed with np.asarray(...).std() on the features (host NumPy) before concatenating it as a channel -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiniBatchStdFeature(nn.Cell):
    def __init__(self, in_ch=4, res=4, use_std_feature=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch + 1, in_ch, 3, pad_mode="same")
        self.head = nn.Dense(in_ch * res * res, 1)
        self.use_std_feature = use_std_feature

    def std_feature(self, x):
        b, _, h, w = x.shape
        feats = x.reshape(b, -1)
        s = float(np.asarray(feats).std(axis=0).mean())
        return ops.fill(ms.float32, (b, 1, h, w), s)

    def construct(self, x):
        if self.use_std_feature:
            x = ops.concat((x, self.std_feature(x)), axis=1)
        else:
            x = ops.concat((x, ops.zeros_like(x[:, :1])), axis=1)
        x = ops.leaky_relu(self.conv(x), 0.2)
        return self.head(x.reshape(x.shape[0], -1))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 4, 4, 4).astype(np.float32))
    return MiniBatchStdFeature(), (x,)
