# case: token-level loss drops padding with boolean-mask indexing logits[valid] inside the loss helper -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenClassifier(nn.Cell):
    def __init__(self, vocab_size=30, hidden=8, num_labels=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden)
        self.encoder = nn.Dense(hidden, hidden, activation="tanh")
        self.classifier = nn.Dense(hidden, num_labels)

    def construct(self, input_ids):
        return self.classifier(self.encoder(self.embedding(input_ids)))


class TokenTrainStep(nn.Cell):
    def __init__(self, network, optimizer, pad_token_id=0):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.pad_token_id = pad_token_id
        self.ce = nn.CrossEntropyLoss()
        self.grad_fn = ms.value_and_grad(self.token_loss, None, optimizer.parameters)

    def active_logits(self, logits, labels, input_ids):
        valid = (input_ids != self.pad_token_id).reshape(-1)
        flat_logits = logits.reshape(-1, logits.shape[-1])
        return flat_logits[valid], labels.reshape(-1)[valid]

    def token_loss(self, input_ids, labels):
        logits = self.network(input_ids)
        act_logits, act_labels = self.active_logits(logits, labels, input_ids)
        return self.ce(act_logits, act_labels)

    def construct(self, input_ids, labels):
        loss, grads = self.grad_fn(input_ids, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(30)
    ids = np.random.randint(1, 30, size=(2, 6)).astype(np.int32)
    ids[0, 4:] = 0
    labels = np.random.randint(0, 4, size=(2, 6)).astype(np.int32)
    net = TokenClassifier()
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3)
    return TokenTrainStep(net, opt), (Tensor(ids), Tensor(labels))
