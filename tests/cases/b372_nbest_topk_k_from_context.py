# case: n-best start/end candidate selection where k is capped by the number of context tokens counted from the mask -> topk size comes from tensor data; Graph mode should reject int() of a tensor or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReaderConfig:
    def __init__(self, hidden_size=32, n_best_size=5, max_answer_length=8, return_dict=False):
        self.hidden_size = hidden_size
        self.n_best_size = n_best_size
        self.max_answer_length = max_answer_length
        self.return_dict = return_dict


class SpanCandidateHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa_outputs = nn.Dense(config.hidden_size, 2)
        self.n_best_size = config.n_best_size
        self.return_dict = config.return_dict

    def _candidate_count(self, context_mask):
        n_ctx = int(context_mask.sum())
        return min(self.n_best_size, n_ctx)

    def construct(self, sequence_output, context_mask):
        logits = self.qa_outputs(sequence_output)
        start_logits, end_logits = ops.split(logits, 1, axis=-1)
        start_logits = start_logits.squeeze(-1)
        end_logits = end_logits.squeeze(-1)
        k = self._candidate_count(context_mask[0])
        start_scores, start_idx = ops.topk(start_logits, k)
        end_scores, end_idx = ops.topk(end_logits, k)
        if self.return_dict:
            return {"start_top": start_idx, "end_top": end_idx}
        return start_scores, start_idx, end_scores, end_idx


def make():
    np.random.seed(3721)
    config = ReaderConfig()
    seq = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    mask = np.zeros((2, 16), dtype=np.int32)
    mask[:, 4:7] = 1
    return SpanCandidateHead(config), (seq, Tensor(mask))
