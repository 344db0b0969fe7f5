# case: CRF token-classification head decodes with Viterbi over range(seq_len) where seq_len comes from the emission shape, backpointers kept in a list and stacked -> static graph (unrolled loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFConfig:
    def __init__(self, num_labels=5, hidden_size=16, use_crf=True):
        self.num_labels = num_labels
        self.hidden_size = hidden_size
        self.use_crf = use_crf


class ViterbiMixin:
    def viterbi(self, emissions):
        seq_len = emissions.shape[1]
        score = self.start_transitions + emissions[:, 0]
        history = []
        for t in range(1, seq_len):
            total = score.expand_dims(2) + self.transitions.expand_dims(0)
            best_score, best_prev = total.max(axis=1), total.argmax(axis=1)
            score = best_score + emissions[:, t]
            history.append(best_prev)
        score = score + self.end_transitions
        last = score.argmax(axis=1)
        tags = [last]
        for prev in reversed(history):
            last = ops.gather_elements(prev, 1, last.expand_dims(1)).squeeze(1)
            tags.append(last)
        tags.reverse()
        return ops.stack(tags, axis=1)


class CRFTokenHead(nn.Cell, ViterbiMixin):
    def __init__(self, config):
        super().__init__()
        n = config.num_labels
        self.classifier = nn.Dense(config.hidden_size, n)
        self.transitions = Parameter(Tensor(np.random.randn(n, n).astype(np.float32) * 0.1), name="transitions")
        self.start_transitions = Parameter(Tensor(np.zeros(n, np.float32)), name="start")
        self.end_transitions = Parameter(Tensor(np.zeros(n, np.float32)), name="end")
        self.use_crf = config.use_crf

    def construct(self, sequence_output):
        logits = self.classifier(sequence_output)
        if self.use_crf:
            return self.viterbi(logits)
        return logits.argmax(axis=-1)


def make():
    np.random.seed(7)
    h = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return CRFTokenHead(CRFConfig()), (h,)
