# case: contact-map head chosen by a config string at init (bilinear vs dot-product), symmetrised with a transpose -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactConfig:
    hidden_size = 24
    contact_head = "bilinear"
    proj_dim = 12


class DotContact(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.proj_dim)

    def construct(self, h):
        q = self.proj(h)
        return ops.matmul(q, q.swapaxes(-1, -2))


class BilinearContact(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.hidden_size, config.proj_dim)
        self.k = nn.Dense(config.hidden_size, config.proj_dim)

    def construct(self, h):
        return ops.matmul(self.q(h), self.k(h).swapaxes(-1, -2))


CONTACT_HEADS = {"dot": DotContact, "bilinear": BilinearContact}


class ContactPredictionHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = CONTACT_HEADS[config.contact_head](config)

    def construct(self, residue_repr, residue_mask):
        logits = self.head(residue_repr)
        logits = 0.5 * (logits + logits.swapaxes(-1, -2))
        pair_mask = residue_mask[:, :, None] * residue_mask[:, None, :]
        return ops.sigmoid(logits) * pair_mask


def make():
    np.random.seed(19)
    h = Tensor(np.random.randn(2, 11, 24).astype(np.float32))
    mask = np.ones((2, 11), np.float32)
    mask[1, 8:] = 0
    return ContactPredictionHead(ContactConfig()), (h, Tensor(mask))
