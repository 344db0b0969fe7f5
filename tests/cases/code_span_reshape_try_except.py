# case: code-span classifier wraps a reshape of span features in try/except with a fallback path -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanTypeClassifier(nn.Cell):
    """Classifies fixed-width token spans (e.g. literals vs identifiers)."""

    def __init__(self, dim=8, span_width=3, num_classes=4):
        super().__init__()
        self.span_width = span_width
        self.dim = dim
        self.span_proj = nn.Dense(dim * span_width, dim)
        self.fallback_proj = nn.Dense(dim, dim)
        self.cls = nn.Dense(dim, num_classes)

    def _spans(self, h):
        try:
            spans = h.reshape(h.shape[0], -1, self.span_width * self.dim)
            return self.span_proj(spans)
        except ValueError:
            return self.fallback_proj(h)

    def construct(self, h):
        return self.cls(ops.relu(self._spans(h)))


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return SpanTypeClassifier(), (h,)
