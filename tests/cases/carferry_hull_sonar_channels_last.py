# case: hull sonar encoder receives scans channels-last and transposes with a constant permutation before Conv2d -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SonarEncoder(nn.Cell):
    def __init__(self, in_ch=3, widths=(8, 16)):
        super().__init__()
        blocks = []
        c = in_ch
        for w in widths:
            blocks += [nn.Conv2d(c, w, 3, pad_mode="same"), nn.BatchNorm2d(w), nn.ReLU(),
                       nn.MaxPool2d(2, 2)]
            c = w
        self.features = nn.SequentialCell(blocks)
        self.pool = ops.ReduceMean(keep_dims=False)
        self.cls = nn.Dense(c, 2)
        self.perm = (0, 3, 1, 2)

    def construct(self, scans_nhwc):
        x = ops.transpose(scans_nhwc, self.perm)
        x = self.features(x)
        x = self.pool(x, (2, 3))
        return self.cls(x)


def make():
    np.random.seed(18)
    scans = np.random.rand(2, 32, 32, 3).astype(np.float32)
    net = SonarEncoder()
    net.set_train(False)
    return net, (Tensor(scans),)
