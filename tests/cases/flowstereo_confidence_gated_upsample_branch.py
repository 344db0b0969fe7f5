# case: returns full-resolution flow only when mean confidence is high, otherwise the 1/4-resolution flow -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedFlowOutput(nn.Cell):
    def __init__(self, gate=0.6, scale=4):
        super().__init__()
        self.gate = gate
        self.scale = scale
        self.conf_head = nn.Conv2d(2, 1, 3, pad_mode='same')

    def upsample(self, flow):
        h, w = flow.shape[-2:]
        return self.scale * ops.interpolate(flow, size=(h * self.scale, w * self.scale),
                                            mode='bilinear', align_corners=False)

    def construct(self, flow_lr):
        conf = ops.sigmoid(self.conf_head(flow_lr))
        if conf.mean() > self.gate:
            out = self.upsample(flow_lr)
        else:
            out = flow_lr
        return out


def make():
    np.random.seed(14)
    flow = Tensor((np.random.randn(1, 2, 4, 6) + 3.0).astype(np.float32))
    return GatedFlowOutput(), (flow,)
