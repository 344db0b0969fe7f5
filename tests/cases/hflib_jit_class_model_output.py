# case: BaseModelOutputWithPooling declared with @ms.jit_class, filled by the encoder wrapper and returned from construct -> jit_class instance created in construct; unsure whether returning it is accepted
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BaseModelOutputWithPooling:
    def __init__(self, last_hidden_state, pooler_output):
        self.last_hidden_state = last_hidden_state
        self.pooler_output = pooler_output


class Config:
    def __init__(self, hidden_size=16, add_pooling_layer=True):
        self.hidden_size = hidden_size
        self.add_pooling_layer = add_pooling_layer


class Pooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, hidden_states):
        return ops.tanh(self.dense(hidden_states[:, 0]))


class TinyTextModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.Dense(config.hidden_size, config.hidden_size)
        self.pooler = Pooler(config) if config.add_pooling_layer else None

    def construct(self, embeddings):
        sequence_output = ops.gelu(self.encoder(embeddings))
        pooled = self.pooler(sequence_output) if self.pooler is not None else None
        return BaseModelOutputWithPooling(sequence_output, pooled)


def make():
    np.random.seed(3)
    model = TinyTextModel(Config())
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return model, (x,)
