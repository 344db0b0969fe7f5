# case: next-item prediction head that uses a sampled softmax over a fixed-size negative id tensor while training and full softmax at eval, forwarding *args/**kwargs to a base head -> fixed shapes on both paths, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_ITEMS = 200


class HeadConfig:
    hidden = 16
    num_items = NUM_ITEMS
    num_sampled = 20
    remove_accidental_hits = True


class FullSoftmaxHead(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.num_items)

    def construct(self, h, targets, *args, **kwargs):
        logits = super().construct(h)
        return ops.cross_entropy(logits, targets)


class SampledSoftmaxHead(FullSoftmaxHead):
    def __init__(self, config):
        super().__init__(config)
        self.remove_accidental_hits = getattr(config, "remove_accidental_hits", False)

    def construct(self, h, targets, sampled_ids=None, **kwargs):
        if not self.training or sampled_ids is None:
            return super().construct(h, targets, **kwargs)
        cand = ops.concat((targets.reshape(-1, 1), ops.broadcast_to(sampled_ids.reshape(1, -1),
                                                                   (h.shape[0], sampled_ids.shape[0]))), axis=1)
        w = ops.gather(self.weight, cand, 0)
        b = ops.gather(self.bias, cand, 0)
        logits = (w * h.expand_dims(1)).sum(-1) + b
        if self.remove_accidental_hits:
            hit = ops.equal(cand[:, 1:], targets.reshape(-1, 1))
            neg = ops.select(hit, ops.full_like(logits[:, 1:], -1e9), logits[:, 1:])
            logits = ops.concat((logits[:, :1], neg), axis=1)
        labels = ops.zeros((h.shape[0],), ms.int32)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(3940)
    h = Tensor(np.random.randn(5, 16).astype(np.float32))
    targets = Tensor(np.random.randint(0, NUM_ITEMS, size=(5,)), ms.int32)
    sampled = Tensor(np.random.randint(0, NUM_ITEMS, size=(20,)), ms.int32)
    net = SampledSoftmaxHead(HeadConfig())
    net.set_train(True)
    return net, (h, targets, sampled)
