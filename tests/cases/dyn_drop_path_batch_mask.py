# case: stochastic depth residual block with per-sample drop-path mask built from x.shape and a training flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def drop_path(x, drop_prob=0.0, training=False):
    if drop_prob == 0.0 or not training:
        return x
    keep_prob = 1.0 - drop_prob
    mask_shape = (x.shape[0],) + (1,) * (x.ndim - 1)
    random_tensor = keep_prob + ops.rand(mask_shape, dtype=x.dtype)
    random_tensor = ops.floor(random_tensor)
    return x / keep_prob * random_tensor


class ResidualBlock(nn.Cell):
    def __init__(self, ch, drop_prob=0.2):
        super().__init__()
        self.conv1 = nn.Conv2d(ch, ch, 3, pad_mode='same')
        self.bn1 = nn.BatchNorm2d(ch)
        self.conv2 = nn.Conv2d(ch, ch, 3, pad_mode='same')
        self.drop_prob = drop_prob

    def construct(self, x):
        h = ops.relu(self.bn1(self.conv1(x)))
        h = self.conv2(h)
        return ops.relu(x + drop_path(h, self.drop_prob, self.training))


class StochasticDepthNet(nn.Cell):
    def __init__(self, ch=8, num_blocks=3, max_drop=0.3):
        super().__init__()
        probs = [max_drop * i / max(num_blocks - 1, 1) for i in range(num_blocks)]
        self.blocks = nn.SequentialCell([ResidualBlock(ch, p) for p in probs])
        self.stem = nn.Conv2d(3, ch, 3, pad_mode='same')

    def construct(self, x):
        return self.blocks(self.stem(x))


def make():
    np.random.seed(6)
    net = StochasticDepthNet()
    net.set_train(True)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (x,)
