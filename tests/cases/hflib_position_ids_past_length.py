# case: GPT-2 embeddings that slice a registered position_ids buffer from past_key_values_length (taken from the cached key's shape) to past_length + seq_length -> slice bounds are shape-derived Python ints, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GPT2Config:
    def __init__(self, vocab_size=50, n_positions=32, n_embd=16, n_head=2):
        self.vocab_size = vocab_size
        self.n_positions = n_positions
        self.n_embd = n_embd
        self.n_head = n_head


class GPT2Embeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        self.wpe = nn.Embedding(config.n_positions, config.n_embd)
        self._register_position_ids(config.n_positions)

    def _register_position_ids(self, n_positions):
        self.position_ids = Parameter(Tensor(np.arange(n_positions, dtype=np.int32)[None, :]),
                                      name="position_ids", requires_grad=False)

    def construct(self, input_ids, past_key_values=None):
        seq_length = input_ids.shape[-1]
        if past_key_values is None:
            past_length = 0
        else:
            past_length = past_key_values[0][0].shape[-2]
        position_ids = self.position_ids[:, past_length: past_length + seq_length]
        return self.wte(input_ids) + self.wpe(position_ids)


def make():
    np.random.seed(44)
    emb = GPT2Embeddings(GPT2Config())
    ids = Tensor(np.random.randint(0, 50, size=(2, 3)).astype(np.int32))
    past = ((Tensor(np.random.randn(2, 2, 7, 8).astype(np.float32)),
             Tensor(np.random.randn(2, 2, 7, 8).astype(np.float32))),)
    return emb, (ids, past)
