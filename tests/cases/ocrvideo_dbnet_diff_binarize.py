# case: DBNet head with differentiable binarization, approximate binary map and fixed-size threshold mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBNReLU(nn.SequentialCell):
    def __init__(self, cin, cout, k=3):
        super().__init__([nn.Conv2d(cin, cout, k, pad_mode="same"), nn.BatchNorm2d(cout), nn.ReLU()])


class DBHead(nn.Cell):
    def __init__(self, in_channels=16, k=50, thresh=0.3, adaptive=True):
        super().__init__()
        self.k = k
        self.thresh = thresh
        self.adaptive = adaptive
        self.prob_branch = nn.SequentialCell([ConvBNReLU(in_channels, in_channels // 4),
                                              nn.Conv2d(in_channels // 4, 1, 1), nn.Sigmoid()])
        self.thresh_branch = nn.SequentialCell([ConvBNReLU(in_channels, in_channels // 4),
                                                nn.Conv2d(in_channels // 4, 1, 1), nn.Sigmoid()])

    def step_function(self, prob, thresh):
        return ops.reciprocal(1 + ops.exp(-self.k * (prob - thresh)))

    def construct(self, features):
        prob = self.prob_branch(features)
        out = {"prob": prob}
        if self.adaptive:
            thresh = self.thresh_branch(features)
            out["thresh"] = thresh
            out["binary"] = self.step_function(prob, thresh)
        hard = ops.where(prob > self.thresh, ops.ones_like(prob), ops.zeros_like(prob))
        text_ratio = hard.sum() / hard.size
        return out["binary"], hard, text_ratio


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(2, 16, 24, 24).astype(np.float32))
    net = DBHead()
    net.set_train(False)
    return net, (x,)
