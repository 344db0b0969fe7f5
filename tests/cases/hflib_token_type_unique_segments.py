# case: segment-aware embedding that counts the distinct token_type_ids in the batch with ops.unique and averages one embedding per present segment -> ops.unique output length depends on data, dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegConfig:
    type_vocab_size = 4
    hidden_size = 16


class SegmentSummary(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.token_type_embeddings = nn.Embedding(config.type_vocab_size, config.hidden_size)
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, hidden_states, token_type_ids):
        segments, _ = ops.unique(token_type_ids.view(-1))
        seg_emb = self.token_type_embeddings(segments)
        summary = seg_emb.mean(axis=0, keep_dims=True)
        return self.proj(hidden_states + summary[None])


def make():
    np.random.seed(56)
    cell = SegmentSummary(SegConfig())
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    tt = Tensor(np.array([[0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1]], dtype=np.int32))
    return cell, (h, tt)
