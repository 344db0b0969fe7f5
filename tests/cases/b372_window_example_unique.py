# case: merge best span scores of doc-stride windows per original example, using ops.unique on window example ids -> unique output size depends on data; Graph mode should go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowConfig:
    doc_stride = 4
    max_seq_length = 12
    hidden_size = 16


def best_window_score(start_logits, end_logits):
    return start_logits.max(axis=-1) + end_logits.max(axis=-1)


class WindowAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.doc_stride = config.doc_stride

    def construct(self, hidden, example_ids):
        logits = self.qa(hidden)
        scores = best_window_score(logits[..., 0], logits[..., 1])
        uniq_ids, inverse = ops.unique(example_ids)
        n_examples = uniq_ids.shape[0]
        per_example = ops.unsorted_segment_max(scores, inverse, n_examples)
        return per_example, uniq_ids


def make():
    np.random.seed(3725)
    hidden = Tensor(np.random.randn(5, 12, 16).astype(np.float32))
    ex_ids = Tensor(np.array([0, 0, 0, 1, 1], dtype=np.int32))
    return WindowAggregator(WindowConfig()), (hidden, ex_ids)
