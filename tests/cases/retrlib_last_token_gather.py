# case: last-token pooling gathers hidden states at (mask.sum - 1) with gather_elements, index tensor of fixed shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingConfig:
    def __init__(self, hidden_size=16, vocab_size=64, pooling="last", padding_side="right"):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.pooling = pooling
        self.padding_side = padding_side


def last_token_index(mask):
    # position of the final non-pad token per row, stays a tensor
    return mask.sum(axis=1).astype(ms.int32) - 1


class LastTokenPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.left_padded = config.padding_side == "left"

    def construct(self, hidden, mask):
        if self.left_padded:
            return hidden[:, -1]
        batch, _, dim = hidden.shape
        idx = last_token_index(mask).reshape(batch, 1, 1)
        idx = ops.broadcast_to(idx, (batch, 1, dim))
        return ops.gather_elements(hidden, 1, idx).squeeze(1)


class DecoderRetriever(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.blocks = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(2)])
        self.pooler = LastTokenPooler(config)

    def construct(self, input_ids, attention_mask):
        h = self.embed(input_ids)
        for block in self.blocks:
            h = h + ops.gelu(block(h))
        return self.pooler(h, attention_mask)


def make():
    np.random.seed(3)
    ids = Tensor(np.random.randint(1, 64, (4, 12)).astype(np.int32))
    mask = Tensor((np.arange(12)[None, :] < np.array([[12], [7], [3], [9]])).astype(np.int32))
    return DecoderRetriever(PoolingConfig()), (ids, mask)
