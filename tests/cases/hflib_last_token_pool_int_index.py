# case: decoder-only sequence classifier (GPT-2 style) that finds the last non-pad token of the first sequence and converts it with int() to slice the hidden states -> int() on a tensor value used as an index in construct, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GPT2ClsConfig:
    n_embd = 16
    num_labels = 2
    pad_token_id = 0


class GPT2ForSequenceClassification(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pad_token_id = config.pad_token_id
        self.score = nn.Dense(config.n_embd, config.num_labels, has_bias=False)

    def _sequence_length(self, input_ids):
        if self.pad_token_id is None:
            return input_ids.shape[-1] - 1
        non_pad = ops.ne(input_ids, self.pad_token_id).astype(ms.int32)
        return int(non_pad[0].sum()) - 1

    def construct(self, hidden_states, input_ids):
        logits = self.score(hidden_states)
        last = self._sequence_length(input_ids)
        pooled_logits = logits[:, last]
        return (pooled_logits,)


def make():
    np.random.seed(47)
    model = GPT2ForSequenceClassification(GPT2ClsConfig())
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    ids = np.random.randint(1, 30, size=(2, 8)).astype(np.int32)
    ids[:, 5:] = 0
    return model, (hidden, Tensor(ids))
