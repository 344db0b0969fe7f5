# case: two-stream classifier whose optical-flow input defaults to None and is guarded with an is-None check -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamHead(nn.Cell):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, num_classes)])

    def construct(self, x):
        return self.net(x.mean(axis=1))


class TwoStreamClassifier(nn.Cell):
    """Late fusion of RGB and flow streams; falls back to RGB-only when flow is missing."""

    def __init__(self, rgb_dim=12, flow_dim=6, num_classes=4, flow_weight=1.5):
        super().__init__()
        self.rgb = StreamHead(rgb_dim, num_classes)
        self.flow = StreamHead(flow_dim, num_classes)
        self.flow_weight = flow_weight

    def construct(self, rgb, flow=None):
        logits = self.rgb(rgb)
        if flow is not None:
            logits = (logits + self.flow_weight * self.flow(flow)) / (1.0 + self.flow_weight)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(29)
    rgb = Tensor(np.random.randn(2, 5, 12).astype(np.float32))
    return TwoStreamClassifier(), (rgb,)
