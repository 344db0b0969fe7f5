# case: a CLIP-style text pooler that finds the EOS position with argmax over (input_ids == eos) and picks hidden[arange(b), pos] by advanced indexing, which yields a fixed (batch, hidden) shape and should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextPooler(nn.Cell):
    def __init__(self, vocab=40, hidden=8, eos_token_id=2):
        super().__init__()
        self.eos_token_id = eos_token_id
        self.embed = nn.Embedding(vocab, hidden)
        self.final_norm = nn.LayerNorm((hidden,))
        self.text_projection = nn.Dense(hidden, 4, has_bias=False)

    def construct(self, input_ids):
        hidden = self.final_norm(self.embed(input_ids))
        is_eos = (input_ids == self.eos_token_id).astype(ms.int32)
        eos_pos = is_eos.argmax(axis=-1)
        batch_idx = ops.arange(hidden.shape[0])
        pooled = hidden[batch_idx, eos_pos]
        return self.text_projection(pooled)


def make():
    ids = np.random.randint(3, 40, size=(3, 7)).astype(np.int32)
    ids[0, 4] = 2
    ids[1, 6] = 2
    ids[2, 2] = 2
    return TextPooler(), (Tensor(ids),)
