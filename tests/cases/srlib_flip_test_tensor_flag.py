# case: test-mode wrapper returns the flipped prediction stacked with the plain one when a per-batch flip_test tensor flag is set, so the batch size differs between the branches -> if on tensor value with different output shapes, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    def __init__(self, num_feat=8, img_range=1.0):
        self.num_feat = num_feat
        self.img_range = img_range


class TinySR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(3, config.num_feat, 3, pad_mode="same", has_bias=True), nn.ReLU(),
            nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)])

    def construct(self, x):
        return x + self.body(x)


class FlipTestWrapper(nn.Cell):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def _flip_pred(self, lq):
        return self.model(lq.flip((-1,))).flip((-1,))

    def construct(self, lq, flip_test):
        out = self.model(lq)
        if flip_test:
            out = ops.concat((out, self._flip_pred(lq)), axis=0)
        return out


def make():
    np.random.seed(9)
    lq = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return FlipTestWrapper(TinySR(TestConfig())), (lq, Tensor(True))
