# case: reader builds a dict of outputs and deletes the hidden-state entry when output_hidden_states is off -> del on a dict item in construct; Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReaderConfig:
    def __init__(self, hidden_size=16, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.output_hidden_states = output_hidden_states


class DictOutputReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.hidden_size, activation="tanh")
        self.qa = nn.Dense(config.hidden_size, 2)
        self.output_hidden_states = config.output_hidden_states

    def construct(self, embeddings):
        hidden = self.proj(embeddings)
        logits = self.qa(hidden)
        outputs = {"start_logits": logits[..., 0], "end_logits": logits[..., 1], "hidden_states": hidden}
        if not self.output_hidden_states:
            del outputs["hidden_states"]
        return outputs


def make():
    np.random.seed(3737)
    emb = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return DictOutputReader(ReaderConfig()), (emb,)
