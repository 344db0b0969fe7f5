# case: keep only windows the has-answer classifier marks answerable, found with ops.nonzero, then gather their span logits -> nonzero gives a data-dependent count; Graph mode should go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReaderConfig:
    def __init__(self, hidden_size=16, answerable_threshold=0.0, use_answerable_head=True):
        self.hidden_size = hidden_size
        self.answerable_threshold = answerable_threshold
        self.use_answerable_head = use_answerable_head


class AnswerableFilterMixin:
    def select_answerable(self, cls_hidden, span_logits):
        score = self.answerable(cls_hidden).squeeze(-1)
        keep = ops.nonzero(score > self.threshold).squeeze(-1)
        return ops.gather(span_logits, keep, 0), keep


class FilteredSpanReader(nn.Cell, AnswerableFilterMixin):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.answerable_threshold
        self.use_answerable_head = config.use_answerable_head
        self.span = nn.Dense(config.hidden_size, 2)
        self.answerable = nn.Dense(config.hidden_size, 1)

    def construct(self, hidden):
        span_logits = self.span(hidden)
        if self.use_answerable_head:
            span_logits, keep = self.select_answerable(hidden[:, 0, :], span_logits)
        else:
            keep = ops.arange(hidden.shape[0])
        start_logits = span_logits[..., 0]
        end_logits = span_logits[..., 1]
        return start_logits, end_logits, keep


def make():
    np.random.seed(3724)
    hidden = Tensor(np.random.randn(6, 10, 16).astype(np.float32))
    return FilteredSpanReader(ReaderConfig()), (hidden,)
