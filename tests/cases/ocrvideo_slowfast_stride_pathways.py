# case: SlowFast pathways subsample frames with a Python stride slice and fuse with a time-strided conv -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pathway(nn.Cell):
    def __init__(self, cin, cout, t_kernel):
        super().__init__()
        self.conv = nn.Conv3d(cin, cout, (t_kernel, 3, 3), pad_mode="same")
        self.bn = nn.BatchNorm3d(cout)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class SlowFastTiny(nn.Cell):
    def __init__(self, alpha=4, beta_inv=4, slow_dim=16, num_classes=5, lateral=True):
        super().__init__()
        self.alpha = alpha
        self.lateral = lateral
        fast_dim = slow_dim // beta_inv
        self.slow = Pathway(3, slow_dim, 1)
        self.fast = Pathway(3, fast_dim, 3)
        self.fuse = nn.Conv3d(fast_dim, fast_dim * 2, (5, 1, 1), stride=(alpha, 1, 1), pad_mode="pad",
                              padding=(2, 2, 0, 0, 0, 0))
        in_dim = slow_dim + fast_dim * 2 + fast_dim if lateral else slow_dim + fast_dim
        self.head = nn.Dense(in_dim, num_classes)

    def construct(self, frames):
        slow_in = frames[:, :, ::self.alpha]
        slow = self.slow(slow_in)
        fast = self.fast(frames)
        if self.lateral:
            slow = ops.concat((slow, self.fuse(fast)), axis=1)
        pooled = ops.concat((slow.mean(axis=(2, 3, 4)), fast.mean(axis=(2, 3, 4))), axis=1)
        return self.head(pooled)


def make():
    np.random.seed(20)
    frames = Tensor(np.random.randn(2, 3, 8, 8, 8).astype(np.float32))
    net = SlowFastTiny()
    net.set_train(False)
    return net, (frames,)
