# case: if the CLS no-answer score loses for every example drop the CLS position from span logits, else keep it -> tensor-valued if whose branches give different shapes; Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SquadV2Config:
    def __init__(self, hidden_size=32, null_score_diff_threshold=0.0, return_dict=False):
        self.hidden_size = hidden_size
        self.null_score_diff_threshold = null_score_diff_threshold
        self.return_dict = return_dict


class SquadV2Head(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa_outputs = nn.Dense(config.hidden_size, 2)
        self.threshold = config.null_score_diff_threshold

    def _null_score(self, start_logits, end_logits):
        return start_logits[:, 0] + end_logits[:, 0]

    def _best_non_null(self, start_logits, end_logits):
        return start_logits[:, 1:].max(axis=-1) + end_logits[:, 1:].max(axis=-1)

    def construct(self, sequence_output):
        logits = self.qa_outputs(sequence_output)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        diff = self._null_score(start_logits, end_logits) - self._best_non_null(start_logits, end_logits)
        if (diff < self.threshold).all():
            start_logits = start_logits[:, 1:]
            end_logits = end_logits[:, 1:]
        return start_logits, end_logits


def make():
    np.random.seed(3728)
    seq = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    return SquadV2Head(SquadV2Config()), (seq,)
