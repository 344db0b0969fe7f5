# case: sensor-embedding lookup that deduplicates incoming station ids with ops.unique before the embedding gather and scatters back by the inverse index -> unique output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbedConfig:
    def __init__(self, n_sensors=30, dim=6, dedup=True):
        self.n_sensors = n_sensors
        self.dim = dim
        self.dedup = dedup


class SensorEmbedding(nn.Embedding):
    def __init__(self, config):
        super().__init__(config.n_sensors, config.dim)
        self.dedup = config.dedup

    def construct(self, ids):
        if self.dedup:
            uniq, inverse = ops.unique(ids)
            table = super().construct(uniq)
            return ops.gather(table, inverse, 0)
        return super().construct(ids)


def make():
    np.random.seed(3830)
    ids = np.random.randint(0, 30, size=(16,)).astype(np.int32)
    return SensorEmbedding(EmbedConfig()), (Tensor(ids),)
