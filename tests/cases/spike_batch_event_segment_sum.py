# case: concatenated event batch reduced per sample with unsorted_segment_sum, sample count from batch index data -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventBatchEmbedding(nn.Cell):
    """Embeds each event then sums the embeddings of events belonging to the same sample."""

    def __init__(self, in_dim=4, embed_dim=8, normalize=True):
        super().__init__()
        self.embed = nn.Dense(in_dim, embed_dim, activation="relu")
        self.normalize = normalize

    def _num_samples(self, batch_idx):
        return batch_idx.max() + 1

    def construct(self, events, batch_idx):
        feats = self.embed(events)
        num_samples = self._num_samples(batch_idx)
        pooled = ops.unsorted_segment_sum(feats, batch_idx, num_samples)
        if self.normalize:
            counts = ops.unsorted_segment_sum(ops.ones_like(batch_idx).astype(ms.float32),
                                              batch_idx, num_samples)
            pooled = pooled / ops.maximum(counts, 1.0).expand_dims(1)
        return pooled


def make():
    rng = np.random.default_rng(15)
    events = Tensor(rng.random((20, 4)).astype(np.float32))
    batch_idx = Tensor(np.sort(rng.integers(0, 3, 20)).astype(np.int32))
    return EventBatchEmbedding(), (events, batch_idx)
