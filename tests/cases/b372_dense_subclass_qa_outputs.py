# case: QA output projection as an nn.Dense subclass that adds a learned CLS null bias created in a helper and calls super().construct -> Dense subclass with helper-created Parameter; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QAOutputConfig:
    def __init__(self, hidden_size=24, num_labels=2, use_null_bias=True):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.use_null_bias = use_null_bias


class QAOutputs(nn.Dense):
    def __init__(self, config, *args, **kwargs):
        super().__init__(config.hidden_size, config.num_labels, *args, **kwargs)
        self.use_null_bias = config.use_null_bias
        self._init_null_bias(config.num_labels)

    def _init_null_bias(self, num_labels):
        self.null_bias = Parameter(Tensor(np.zeros((num_labels,), np.float32)), name="null_bias")

    def construct(self, x):
        logits = super().construct(x)
        if self.use_null_bias:
            cls = logits[:, :1, :] + self.null_bias
            logits = ops.concat((cls, logits[:, 1:, :]), axis=1)
        return logits


class SimpleReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa_outputs = QAOutputs(config, has_bias=True)

    def construct(self, sequence_output):
        logits = self.qa_outputs(sequence_output)
        start_logits, end_logits = ops.unstack(logits, axis=-1)
        return start_logits, end_logits


def make():
    np.random.seed(3748)
    seq = Tensor(np.random.randn(2, 10, 24).astype(np.float32))
    return SimpleReader(QAOutputConfig()), (seq,)
