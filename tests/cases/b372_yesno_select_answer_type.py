# case: choose between yes and no logits per example with three-argument ops.select on the answer-type prediction, span logits untouched -> elementwise select, no data-dependent shape; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoolQConfig:
    def __init__(self, hidden_size=16, use_yes_no=True, return_dict=False):
        self.hidden_size = hidden_size
        self.use_yes_no = use_yes_no
        self.return_dict = return_dict


class YesNoSpanHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.span = nn.Dense(config.hidden_size, 2)
        self.use_yes_no = config.use_yes_no
        self.type_head = nn.Dense(config.hidden_size, 3)
        self.yes_no = nn.Dense(config.hidden_size, 2)

    def _polar_score(self, pooled):
        type_logits = self.type_head(pooled)
        yn = self.yes_no(pooled)
        is_yes = yn[:, 0] > yn[:, 1]
        polar = ops.select(is_yes, yn[:, 0], -yn[:, 1])
        return type_logits, polar

    def construct(self, sequence_output):
        logits = self.span(sequence_output)
        outputs = (logits[..., 0], logits[..., 1])
        if self.use_yes_no:
            type_logits, polar = self._polar_score(sequence_output[:, 0])
            outputs = outputs + (type_logits, polar)
        return outputs


def make():
    np.random.seed(3752)
    seq = Tensor(np.random.randn(4, 10, 16).astype(np.float32))
    return YesNoSpanHead(BoolQConfig()), (seq,)
