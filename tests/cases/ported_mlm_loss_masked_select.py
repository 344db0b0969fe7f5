# case: BERT MLM head computes the loss only on non-ignored positions via masked_select -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedLMHead(nn.Cell):
    def __init__(self, hidden=16, vocab_size=30, ignore_index=-100, eps=1e-12):
        super().__init__()
        self.dense = nn.Dense(hidden, hidden)
        self.layer_norm = nn.LayerNorm((hidden,), epsilon=eps)
        self.decoder = nn.Dense(hidden, vocab_size)
        self.ignore_index = ignore_index
        self.loss_fct = nn.CrossEntropyLoss()

    def transform(self, hidden_states):
        return self.layer_norm(ops.gelu(self.dense(hidden_states)))

    def construct(self, hidden_states, labels=None):
        prediction_scores = self.decoder(self.transform(hidden_states))
        if labels is None:
            return prediction_scores
        vocab = prediction_scores.shape[-1]
        flat_scores = prediction_scores.view(-1, vocab)
        flat_labels = labels.view(-1)
        active = flat_labels != self.ignore_index
        active_scores = flat_scores.masked_select(active.unsqueeze(-1)).view(-1, vocab)
        active_labels = flat_labels.masked_select(active)
        loss = self.loss_fct(active_scores, active_labels)
        return loss, prediction_scores


def make():
    np.random.seed(1)
    hs = np.random.randn(2, 6, 16).astype(np.float32)
    labels = np.full((2, 6), -100, dtype=np.int32)
    labels[0, 1] = 5
    labels[1, 3] = 7
    labels[1, 4] = 2
    return MaskedLMHead(), (Tensor(hs), Tensor(labels))
