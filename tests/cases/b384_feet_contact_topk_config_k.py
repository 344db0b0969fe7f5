# case: foot-contact feature that takes the top-k contact forces with k fixed by the gait config (number of stance feet) and weights them by a contact mask -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaitConfig:
    num_feet = 4
    stance_feet = 2
    contact_threshold = 1.0


class ContactFeatures(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = min(config.stance_feet, config.num_feet)
        self.threshold = config.contact_threshold

    def construct(self, contact_forces):
        norms = ops.norm(contact_forces, dim=-1)
        in_contact = (norms > self.threshold).astype(norms.dtype)
        top, idx = ops.topk(norms * in_contact, self.k)
        n_contact = in_contact.sum(-1)
        return top.mean(axis=-1), n_contact, idx


def make():
    np.random.seed(19)
    f = np.random.uniform(0, 3, size=(6, 4, 3)).astype(np.float32)
    return ContactFeatures(GaitConfig()), (Tensor(f),)
