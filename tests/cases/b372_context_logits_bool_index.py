# case: restrict start logits to passage tokens via a boolean context mask before softmax, inside a shared helper -> boolean-mask indexing gives a data-dependent shape; Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QAConfig:
    hidden_size = 24
    use_cls_null = True
    temperature = 1.0


def context_only(logits, context_mask):
    return logits[context_mask]


class SpanProbabilityMixin:
    def span_probs(self, logits, context_mask):
        ctx_logits = context_only(logits, context_mask)
        return ops.softmax(ctx_logits / self.temperature, axis=-1)


class StartEndReader(nn.Cell, SpanProbabilityMixin):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.use_cls_null = getattr(config, "use_cls_null", False)
        self.start_proj = nn.Dense(config.hidden_size, 1)
        self.end_proj = nn.Dense(config.hidden_size, 1)

    def construct(self, hidden, context_mask):
        start = self.start_proj(hidden).squeeze(-1)
        end = self.end_proj(hidden).squeeze(-1)
        start_p = self.span_probs(start, context_mask)
        end_p = self.span_probs(end, context_mask)
        if self.use_cls_null:
            null_score = start[:, 0] + end[:, 0]
            return start_p, end_p, null_score
        return start_p, end_p


def make():
    np.random.seed(3722)
    hidden = Tensor(np.random.randn(2, 12, 24).astype(np.float32))
    mask = np.zeros((2, 12), dtype=bool)
    mask[0, 3:9] = True
    mask[1, 5:8] = True
    return StartEndReader(QAConfig()), (hidden, Tensor(mask))
