# case: sequence loss ignores padding by multiplying per-token loss with a float mask and dividing by mask sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyTagger(nn.Cell):
    def __init__(self, vocab=20, dim=8, num_tags=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.proj = nn.Dense(dim, num_tags)

    def construct(self, tokens):
        return self.proj(self.embed(tokens))


class MaskedTokenTrainStep(nn.Cell):
    def __init__(self, network, optimizer, pad_id=0):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.pad_id = pad_id
        self.ce = nn.CrossEntropyLoss(reduction="none")
        self.grad_fn = ms.value_and_grad(self.masked_loss, None, optimizer.parameters)

    def masked_loss(self, tokens, tags):
        logits = self.network(tokens)
        b, t, c = logits.shape
        token_loss = self.ce(logits.reshape(b * t, c), tags.reshape(b * t))
        mask = (tokens.reshape(b * t) != self.pad_id).astype(ms.float32)
        return (token_loss * mask).sum() / ops.maximum(mask.sum(), 1.0)

    def construct(self, tokens, tags):
        loss, grads = self.grad_fn(tokens, tags)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(9)
    net = TinyTagger()
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3)
    tokens = np.random.randint(1, 20, size=(3, 7)).astype(np.int32)
    tokens[:, 5:] = 0
    tags = np.random.randint(0, 5, size=(3, 7)).astype(np.int32)
    return MaskedTokenTrainStep(net, opt), (Tensor(tokens), Tensor(tags))
