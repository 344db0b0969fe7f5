# case: two-stream fusion accepts a tuple of (rgb, flow) or a single tensor, guarded by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStreamFusion(nn.Cell):
    def __init__(self, feat_dim=16, num_classes=4, flow_weight=1.5):
        super().__init__()
        self.rgb_fc = nn.Dense(feat_dim, num_classes)
        self.flow_fc = nn.Dense(feat_dim, num_classes)
        self.flow_weight = flow_weight

    def construct(self, inputs):
        if isinstance(inputs, (tuple, list)):
            rgb, flow = inputs
            logits = self.rgb_fc(rgb) + self.flow_weight * self.flow_fc(flow)
            return logits / (1.0 + self.flow_weight)
        return self.rgb_fc(inputs)


def make():
    np.random.seed(43)
    rgb = Tensor(np.random.randn(3, 16).astype(np.float32))
    flow = Tensor(np.random.randn(3, 16).astype(np.float32))
    return TwoStreamFusion(), ((rgb, flow),)
