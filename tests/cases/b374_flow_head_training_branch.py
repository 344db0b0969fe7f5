# case: IFBlock-style flow head subclassing nn.Conv2d, with an Optional scale (None -> no resize) and an `if self.training:` flow-jitter branch, cell left in eval mode -> flags resolved at compile time, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IFBlockConfig:
    def __init__(self, hidden=8, flow_jitter=0.1, scale=None):
        self.hidden = hidden
        self.flow_jitter = flow_jitter
        self.scale = scale


class FlowMaskHead(nn.Conv2d):
    def __init__(self, hidden):
        super().__init__(hidden, 5, 3, pad_mode="same")

    def construct(self, x):
        out = super().construct(x)
        return out[:, :4], ops.sigmoid(out[:, 4:5])


class IFBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = config.scale
        self.jitter = config.flow_jitter
        self.conv0 = nn.Conv2d(6, config.hidden, 3, pad_mode="same")
        self.head = FlowMaskHead(config.hidden)

    def construct(self, img0, img1, scale=None):
        scale = self.scale if scale is None else scale
        x = ops.cat((img0, img1), axis=1)
        if scale is not None and scale != 1:
            x = ops.interpolate(x, scale_factor=1.0 / scale, mode="bilinear", recompute_scale_factor=True)
        flow, mask = self.head(ops.leaky_relu(self.conv0(x), 0.2))
        if self.training:
            flow = flow + self.jitter * ops.standard_normal(flow.shape)
        return flow, mask


def make():
    np.random.seed(37439)
    a = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    net = IFBlock(IFBlockConfig())
    net.set_train(False)
    return net, (a, b)
