# case: wav2vec/BART-style encoder with LayerDrop that draws np.random.uniform inside construct while training to decide whether to skip a layer -> NumPy random call inside construct; Graph mode may reject or freeze it at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BartEncoderConfig:
    d_model = 16
    encoder_layers = 4
    encoder_layerdrop = 0.3


class BartEncoderLayer(nn.Cell):
    def __init__(self, d_model):
        super().__init__()
        self.fc1 = nn.Dense(d_model, d_model * 2)
        self.fc2 = nn.Dense(d_model * 2, d_model)
        self.final_layer_norm = nn.LayerNorm((d_model,))

    def construct(self, hidden_states):
        residual = hidden_states
        hidden_states = self.fc2(ops.relu(self.fc1(hidden_states)))
        return self.final_layer_norm(residual + hidden_states)


class BartEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layerdrop = config.encoder_layerdrop
        self.layers = nn.CellList([BartEncoderLayer(config.d_model) for _ in range(config.encoder_layers)])

    def construct(self, hidden_states):
        for encoder_layer in self.layers:
            to_drop = False
            if self.training:
                dropout_probability = np.random.uniform(0, 1)
                if dropout_probability < self.layerdrop:
                    to_drop = True
            if not to_drop:
                hidden_states = encoder_layer(hidden_states)
        return hidden_states


def make():
    np.random.seed(17)
    enc = BartEncoder(BartEncoderConfig())
    enc.set_train(True)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return enc, (x,)
