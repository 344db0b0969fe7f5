# case: same recognizer with return_dict defaulting to False (never changed) so the branch building a Python output class is never taken; outputs tuple grows with output_hidden_states -> compiles statically (if the dead branch is pruned)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecognizerOutput:
    def __init__(self, logits, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states


class RecConfig:
    embed_dim = 32
    num_classes = 37
    depth = 2
    return_dict = False
    output_hidden_states = True


class ConvMixer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.dw = nn.Conv1d(dim, dim, 3, pad_mode="same", group=dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        y = self.dw(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return self.norm(x + y)


class LightRecognizer(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = RecConfig() if config is None else config
        self.patch = nn.Conv2d(3, config.embed_dim, (8, 4), stride=(8, 4), pad_mode="valid")
        self.mixers = nn.CellList([ConvMixer(config.embed_dim) for _ in range(config.depth)])
        self.head = nn.Dense(config.embed_dim, config.num_classes)
        self.return_dict = getattr(config, "return_dict", False)
        self.output_hidden_states = getattr(config, "output_hidden_states", False)

    def construct(self, images):
        x = self.patch(images).flatten(start_dim=2).transpose(0, 2, 1)
        states = [x]
        for i, mixer in enumerate(self.mixers):
            x = mixer(x)
            states.append(x)
        logits = self.head(x)
        if self.return_dict:
            return RecognizerOutput(logits, tuple(states))
        outputs = (logits,) + ((tuple(states),) if self.output_hidden_states else ())
        return outputs


def make():
    np.random.seed(19)
    imgs = Tensor(np.random.rand(2, 3, 8, 64).astype(np.float32))
    return LightRecognizer(), (imgs,)
