# case: SVTR-style recognizer with return_dict=True in its config returning a plain Python output class (logits, features) built in construct -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecognizerOutput:
    def __init__(self, logits, features=None):
        self.logits = logits
        self.features = features


class SVTRConfig:
    def __init__(self, embed_dim=32, num_classes=37, depth=2, return_dict=True, output_hidden_states=False):
        self.embed_dim = embed_dim
        self.num_classes = num_classes
        self.depth = depth
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class MixingBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim)])

    def construct(self, x):
        return x + self.mlp(self.norm(x))


class SVTRRecognizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch = nn.Conv2d(3, config.embed_dim, (8, 4), stride=(8, 4), pad_mode="valid")
        self.blocks = nn.CellList([MixingBlock(config.embed_dim) for _ in range(config.depth)])
        self.head = nn.Dense(config.embed_dim, config.num_classes)
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, images):
        x = self.patch(images).flatten(start_dim=2).transpose(0, 2, 1)
        hidden = ()
        for blk in self.blocks:
            x = blk(x)
            hidden = hidden + (x,)
        logits = self.head(x)
        if not self.return_dict:
            return (logits, hidden) if self.output_hidden_states else (logits,)
        return RecognizerOutput(logits, x)


def make():
    np.random.seed(18)
    imgs = Tensor(np.random.rand(2, 3, 8, 64).astype(np.float32))
    return SVTRRecognizer(SVTRConfig()), (imgs,)
